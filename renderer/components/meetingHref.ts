/** Address of the meeting log, or of one meeting's page: Møter, Oppgaver and Personer link to them. */
export function meetingHref(id?: string): string {
  return id ? `#/meetings/${id}` : '#/meetings';
}
