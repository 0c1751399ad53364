import { registerCatalogue } from '../../i18n';

/** The words of the dialog that names this installation (first start, and later from Synkronisering). */
const nb = {
  title: 'Hva heter denne installasjonen?',
  intro: 'Navnet står på alle endringer herfra og i synkfilene, så de andre ser hvor endringene kommer fra. Velg kommunen og skriv stedet.',
  municipality: 'Kommune',
  other: 'Annen',
  otherName: 'Kommunens navn',
  place: 'Sted',
  placeHint: 'For eksempel «Mysen bibliotek» eller «Innbyggertorget».',
  preview: 'Navnet blir',
  previewEmpty: '(skriv kommune og sted)',
  save: 'Lagre navnet',
  saving: 'Lagrer …',
  later: 'Senere',
  laterHint: 'Uten navn spør Prosjektboka igjen neste gang den starter.',
  empty: 'Skriv kommunen eller stedet, så navnet ikke blir tomt.',
  tooLong: 'Navnet kan være høyst {{max}} tegn.',
  failed: 'Navnet ble ikke lagret: {{message}}',
  change: 'Velg kommune og sted …',
};

const en: typeof nb = {
  title: 'What is this installation called?',
  intro: 'The name is on every change made here and in the sync files, so the others see where changes come from. Choose the municipality and type the place.',
  municipality: 'Municipality',
  other: 'Other',
  otherName: 'Name of the municipality',
  place: 'Place',
  placeHint: 'For example “Mysen bibliotek” or “Innbyggertorget”.',
  preview: 'The name will be',
  previewEmpty: '(type a municipality and place)',
  save: 'Save the name',
  saving: 'Saving …',
  later: 'Later',
  laterHint: 'Without a name, Prosjektboka asks again the next time it starts.',
  empty: 'Type the municipality or the place, so the name is not empty.',
  tooLong: 'The name can be at most {{max}} characters.',
  failed: 'The name was not saved: {{message}}',
  change: 'Choose municipality and place …',
};

registerCatalogue('firstRun', nb, en);
