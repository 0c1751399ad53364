import { useTranslation } from 'react-i18next';
import { Languages } from 'lucide-react';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { Select } from '../ui';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
const NAMES: Record<Language, string> = { nb: 'Norsk bokmål', en: 'English' };

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-select">
      <Languages aria-hidden="true" size={16} />
      <span className="sr-only">{t('app.language')}</span>
      <Select value={i18n.language === 'en' ? 'en' : 'nb'} onChange={setLanguage}
        options={LANGUAGES.map((value) => ({ value, label: NAMES[value] }))} />
    </label>
  );
}
