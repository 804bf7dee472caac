/**
 * A stored attachment shown as a thumbnail (images), a player (videos) or a link.
 * The blob's object URL lives as long as the component shows it and is revoked
 * after, so scrolling past many photos does not hold their memory.
 */
import { useEffect, useState } from 'react';
import { Typography } from 'antd';
import { useAttachment } from '../db/hooks/use-db';

export interface PreviewRef {
  sha256: string;
  name: string;
  type: string;
}

/** An object URL for the blob while the caller is mounted; undefined until there is a blob. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return;
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob]);
  return url;
}

export function AttachmentPreview({ attachment }: { attachment: PreviewRef }) {
  const stored = useAttachment(attachment.sha256);
  const url = useObjectUrl(stored?.blob);
  if (!url) return <Typography.Text>{attachment.name}</Typography.Text>;
  if (attachment.type.startsWith('image/')) return <a href={url} download={attachment.name}><img className="thumb" src={url} alt={attachment.name} /></a>;
  if (attachment.type.startsWith('video/')) return <video className="thumb" src={url} controls aria-label={attachment.name} />;
  return <a href={url} download={attachment.name}>{attachment.name}</a>;
}
