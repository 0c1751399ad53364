import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Languages } from 'lucide-react';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { Select } from '../ui';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
const NAMES: Record<Language, string> = { nb: 'Norsk bokmål', en: 'English' };

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <span className="language-select">
      <Languages aria-hidden="true" size={16} />
      {/* Not around the select: its name would take in the options' words. */}
      <label htmlFor={id} className="sr-only">{t('app.language')}</label>
      <Select id={id} value={i18n.language === 'en' ? 'en' : 'nb'} onChange={setLanguage}
        options={LANGUAGES.map((value) => ({ value, label: NAMES[value] }))} />
    </span>
  );
}
