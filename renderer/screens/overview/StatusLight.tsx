/**
 * The status shape and notice live in the kit now (renderer/ui/StatusNotice.tsx); these names stay for
 * the screens that still import them from here (milestones). New code imports from renderer/ui.
 */
export { StatusIcon, StatusNotice as StatusLight } from '../../ui';
