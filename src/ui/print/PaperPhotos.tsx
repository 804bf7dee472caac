/** Evidence photos on paper, two a row, each with the caption the user typed. */
import { useAttachment } from '../../db/hooks/use-db';
import { useObjectUrl } from '../AttachmentPreview';

function Photo({ sha256, caption }: { sha256: string; caption: string }) {
  const url = useObjectUrl(useAttachment(sha256)?.blob);
  return (
    <figure>
      {url && <img src={url} alt={caption} />}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

export function PaperPhotos({ photos }: { photos: readonly { sha256: string; caption: string }[] }) {
  return <div className="paper-photos">{photos.map((p) => <Photo key={p.sha256} {...p} />)}</div>;
}
