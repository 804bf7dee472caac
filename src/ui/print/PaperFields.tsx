/** Label/value pairs on paper, two pairs a row; a wide pair takes the whole row (as the Word files' fields table). */
import type { Pair } from '../../documents/doc-format';

export function PaperFields({ pairs }: { pairs: readonly Pair[] }) {
  const rows: Pair[][] = [];
  let pending: Pair[] = [];
  const flush = () => {
    if (pending.length) rows.push(pending);
    pending = [];
  };
  for (const p of pairs) {
    if (p[2] === 'wide') {
      flush();
      rows.push([p]);
    } else {
      pending.push(p);
      if (pending.length === 2) flush();
    }
  }
  flush();
  return (
    <table className="paper-fields">
      {/* Four columns fixed by the first row whatever it holds, as in the Word file. */}
      <colgroup><col style={{ width: '18%' }} /><col style={{ width: '32%' }} /><col style={{ width: '18%' }} /><col style={{ width: '32%' }} /></colgroup>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((p) => [<th key={`${p[0]}-h`}>{p[0]}</th>, <td key={`${p[0]}-v`} colSpan={p[2] === 'wide' ? 3 : r.length === 1 ? 3 : 1}>{p[1]}</td>])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
