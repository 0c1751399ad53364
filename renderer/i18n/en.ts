import type { Catalogue } from './nb';

export const en: Catalogue = {
  app: { name: 'Prosjektboka', skipToContent: 'Skip to content', loading: 'Loading …', language: 'Language' },
  nav: {
    label: 'Main menu',
    overview: 'Overview',
    plan: 'Plan',
    milestones: 'Milestones',
    budget: 'Budget',
    risks: 'Risk register',
    meetings: 'Meetings',
    actions: 'Action items',
    people: 'People',
    sync: 'Sync',
    print: 'Print and export',
  },
  save: { saving: 'Saving …', saved: 'Saved', failed: 'Not saved: {{message}}' },
  history: { undo: 'Undo', redo: 'Redo', undoWhat: 'Undo: {{label}}', redoWhat: 'Redo: {{label}}', nothing: 'Nothing to undo' },
  field: { required: 'Required', invalidAmount: 'Enter an amount in whole kroner, e.g. 1 170 000', invalidDate: 'Enter a date like 05.09.2021' },
  enums: {
    milestoneStatus: { planned: 'Planned', in_progress: 'In progress', reached: 'Reached', late: 'Late' },
    riskStatus: { open: 'Open', monitored: 'Monitored', closed: 'Closed' },
    meetingType: { steering_group: 'Steering group meeting', project_group: 'Project group meeting', workshop: 'Workshop', conference: 'Conference', other: 'Other' },
    actionStatus: { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    role: { project_owner: 'Project owner', steering_group: 'Steering group', project_leader: 'Project leader', coordination_team: 'Coordination team', coordinator: 'Coordinator', member: 'Member' },
    budgetLineType: { expense: 'Expense', income: 'Income' },
    groupKind: { project_group: 'Project group', steering_group: 'Steering group', coordination_team: 'Coordination team' },
    zone: { green: 'Acceptable', yellow: 'Measures to be considered', red: 'Unacceptable, measures required' },
    probability: { '1': 'Very low', '2': 'Low', '3': 'Moderate', '4': 'High', '5': 'Very high' },
    consequence: { '1': 'Very low', '2': 'Low', '3': 'Moderate', '4': 'Serious', '5': 'Very serious' },
  },
};
