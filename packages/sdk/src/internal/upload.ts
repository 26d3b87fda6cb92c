import { Upload } from '@layanan/contract';
import { NetworkError } from '../errors/network-error.js';
import { parseBody, problemErrorOf, type CallOptions, type Transport } from './transport.js';

export interface UploadOptions extends CallOptions {
  /** Called as bytes leave the device (in browsers; in Node once, at the end). */
  onProgress?: (progress: { loaded: number; total: number }) => void;
}

/** `POST /v1/uploads` of a photo or document; with `onProgress` in a browser, through XHR (fetch cannot report upload progress). */
export async function uploadFile(transport: Transport, file: Blob, options: UploadOptions = {}): Promise<Upload> {
  const contentType = file.type || 'application/octet-stream';
  if (typeof XMLHttpRequest === 'undefined' || !options.onProgress) {
    const { data } = await transport.send({ method: 'post', path: 'v1/uploads', body: { data: file, contentType }, schema: Upload, options });
    options.onProgress?.({ loaded: file.size, total: file.size });
    return data;
  }
  const url = transport.url('v1/uploads');
  const request = { method: 'post', url };
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries({ ...transport.defaultHeaders, 'content-type': contentType })) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onerror = () => reject(new NetworkError(request));
    xhr.onabort = () => reject(options.signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    xhr.onload = async () => {
      const response = new Response(xhr.responseText, { status: xhr.status, headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' } });
      try {
        if (xhr.status >= 400) throw await problemErrorOf(response, request);
        resolve(await parseBody(response, Upload, request));
      } catch (error) {
        reject(error);
      }
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
