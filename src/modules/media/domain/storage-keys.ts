/**
 * Where an attachment's objects live. Fixed per attachment, so a job that runs twice overwrites
 * the same variants instead of leaving copies behind.
 */
export function storageKeysOf(workspaceId: string, attachmentId: string) {
  const base = `media/${workspaceId}/${attachmentId}`;
  return {
    original: `${base}/original`,
    thumbnail: `${base}/thumbnail.webp`,
    preview: `${base}/preview.webp`,
  };
}

export type VariantName = 'thumbnail' | 'preview';
