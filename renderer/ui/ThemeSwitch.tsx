import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './i18n';
import { Monitor, Moon, Sun } from 'lucide-react';
import { Segmented } from './Segmented';
import { chooseTheme, storedTheme, type ThemeChoice } from './theme';

const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;

/** System / light / dark, in the header; the choice is kept in this browser's storage. */
export function ThemeSwitch() {
  const { t } = useTranslation('ui');
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  const options = (['system', 'light', 'dark'] as const).map((value) => {
    const Icon = ICONS[value];
    return { value, label: t(`theme.${value}`), icon: <Icon aria-hidden="true" size={16} /> };
  });
  return (
    <div className="theme-switch">
      <Segmented label={t('theme.label')} value={choice} options={options} iconsOnly
        onChange={(value) => { setChoice(value); chooseTheme(value); }} />
    </div>
  );
}
