import { fill } from '../strings';
import { nbWords } from './strings';
import './nb.css';

/** «Prosjektet er støttet av Nasjonalbiblioteket.»: NB asks to be credited in every report. */
export function NbCredit({ funder }: { funder?: string }) {
  const W = nbWords();
  return <p className="pr-funder-credit nb-credit">{fill(W.credit, { funder: funder || W.defaultFunder })}</p>;
}
