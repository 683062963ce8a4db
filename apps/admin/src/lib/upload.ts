/** A gateway route beside the GraphQL endpoint: `http://gw/graphql` → `http://gw/upload/members`. */
export function gatewayRoute(graphqlUrl: string, path: string): string {
  return new URL(path, new URL(graphqlUrl, window.location.href)).toString();
}

export interface UploadedFile {
  uploadId: string;
  fileName: string;
  size: number;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Sends a file as the raw request body (`POST /upload/members?filename=…`) with the token and
 * language; the answer is `{ uploadId, fileName, size }` or `{ errors: [{ message }] }` (localised).
 */
export async function uploadFile(
  url: string,
  file: File,
  { token, language }: { token: string | null; language: string },
): Promise<UploadedFile> {
  const target = new URL(url);
  target.searchParams.set('filename', file.name);
  const response = await fetch(target, {
    method: 'POST',
    body: file,
    headers: {
      'content-type': file.type || 'application/octet-stream',
      'accept-language': language,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  const body = (await response.json().catch(() => null)) as
    | (UploadedFile & { errors?: { message: string; extensions?: { code?: string } }[] })
    | null;
  if (!response.ok || !body?.uploadId) {
    const error = body?.errors?.[0];
    throw new UploadError(
      error?.message ?? `HTTP ${response.status}`,
      response.status,
      error?.extensions?.code,
    );
  }
  return { uploadId: body.uploadId, fileName: body.fileName, size: body.size };
}

/** Offers text as a file download (the error report CSV). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
