import { nbWords } from './strings';
import './nb.css';

/**
 * Sted, dato and a line to sign for each signer (prosjekteier, prosjektleder), as NB's signed
 * accounts and reports end. Names come from the workbook; an empty name leaves the line to write on.
 */
export function SignatureBlock({ ownerName, leaderName }: { ownerName: string; leaderName: string }) {
  const W = nbWords();
  const signer = (role: string, name: string) => (
    <div className="nb-signer">
      <div className="nb-sign-line"><span className="nb-sign-rule" /><span className="nb-sign-caption">{W.signHere}</span></div>
      <p className="nb-signer-name">{name || '\u00a0'}</p>
      <p className="nb-signer-role">{role}</p>
    </div>
  );
  return (
    <section className="nb-signature" aria-label={W.signature}>
      <div className="nb-place-date">
        <div className="nb-sign-line"><span className="nb-sign-rule" /><span className="nb-sign-caption">{W.place}</span></div>
        <div className="nb-sign-line"><span className="nb-sign-rule" /><span className="nb-sign-caption">{W.date}</span></div>
      </div>
      <div className="nb-signers">
        {signer(W.owner, ownerName)}
        {signer(W.leader, leaderName)}
      </div>
    </section>
  );
}
