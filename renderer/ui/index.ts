/** The app's kit (issue 13): import screens' controls from here, styles come from ui.css and tokens.css. */
import './i18n';
export { Button, buttonClass, type ButtonProps, type ButtonSize, type ButtonVariant } from './Button';
export { IconButton, type IconButtonProps } from './IconButton';
export { Field, type FieldProps } from './Field';
export { Select, type SelectOption, type SelectProps } from './Select';
export { Checkbox, type CheckboxProps } from './Checkbox';
export { Segmented, type SegmentedOption, type SegmentedProps } from './Segmented';
export { Tabs, type TabItem, type TabsProps } from './Tabs';
export { Panel, Card, type PanelProps } from './Panel';
export { Badge, type BadgeTone } from './Badge';
export { StatusLight, type Zone } from './StatusLight';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { Skeleton } from './Skeleton';
export { Dialog, type DialogProps } from './Dialog';
export { Toast, ToastRegion } from './Toast';
export { useToasts, showToast, type ToastEntry } from './toasts';
export { ThemeSwitch } from './ThemeSwitch';
export { applyTheme, chooseTheme, storedTheme, THEME_CHOICES, type ThemeChoice } from './theme';
