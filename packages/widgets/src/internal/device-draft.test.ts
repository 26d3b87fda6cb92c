import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DeviceDraft, type DeviceDraftOptions } from './device-draft.js';
import { deviceKey } from './storage.js';

const API = 'https://api.example.go.id/layanan/';

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {}
  get updateComplete() {
    return Promise.resolve(true);
  }
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  disconnect() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

interface Draft {
  title: string;
  reporter?: { name: string; phone?: string };
  answers?: Record<string, string>;
  photo?: string;
}

function setUp(options: Partial<DeviceDraftOptions<Draft>> = {}) {
  const host = new Host();
  const draft = new DeviceDraft<Draft>(host, { widget: 'complaint-form', id: () => 'complaint', apiBase: () => API, version: 2, ...options });
  host.connect();
  return { host, draft };
}

const everything = () => Object.entries(localStorage).filter(([key]) => key.startsWith('layanan:'));

describe('DeviceDraft', () => {
  afterEach(() => {
    for (const [key] of everything()) localStorage.removeItem(key);
  });

  it('keeps the draft under layanan:<widget>:<api-origin>:<id>, versioned, and reads it back', () => {
    const { draft } = setUp();
    expect(draft.write({ title: 'Jalan berlubang' })).to.equal(true);
    const [[key, text]] = everything() as [[string, string]];
    expect(key).to.equal('layanan:complaint-form:https://api.example.go.id/layanan:complaint');
    expect(JSON.parse(text)).to.include({ v: 2 });
    expect(draft.read()).to.deep.equal({ title: 'Jalan berlubang' });
  });

  it('one key format for every widget: the same API written two ways is one key, another API another', () => {
    expect(deviceKey('queue-ticket', 'https://api.example.go.id/layanan', 'kk')).to.equal(deviceKey('queue-ticket', 'https://api.example.go.id/layanan//', 'kk'));
    expect(deviceKey('queue-ticket', 'https://api.example.go.id', 'kk')).not.to.equal(deviceKey('queue-ticket', 'https://lain.example.go.id', 'kk'));
  });

  it('never keeps a NIK, NPWP or phone number in clear text, at any depth, nor what redact takes out', () => {
    const { draft } = setUp({ redact: (value) => ({ ...value, answers: Object.fromEntries(Object.entries(value.answers ?? {}).filter(([id]) => id !== 'owner_id')) }) });
    draft.write({ title: 'Lampu mati', reporter: { name: 'Siti', phone: '+6281234567890' }, answers: { owner_id: '1803051203900002', nik: '1803051203900003', NPWP: '012345678901000', note: 'ok' } });
    const text = everything().map(([, value]) => value).join('');
    for (const secret of ['81234567890', '1803051203900002', '1803051203900003', '012345678901000']) expect(text).not.to.contain(secret);
    expect(draft.read()).to.deep.equal({ title: 'Lampu mati', reporter: { name: 'Siti' }, answers: { note: 'ok' } });
  });

  it('a widget that left the page writes nothing, so a late answer cannot overwrite a newer copy', () => {
    const { host, draft } = setUp();
    draft.write({ title: 'baru' });
    host.disconnect();
    expect(draft.write({ title: 'lama' })).to.equal(false);
    expect(draft.read()).to.deep.equal({ title: 'baru' });
  });

  it('keep() writes the answer to the widget\'s own request even after it left the page', () => {
    const { host, draft } = setUp();
    host.disconnect();
    expect(draft.keep({ title: 'jawaban server' })).to.equal(true);
    expect(draft.read()).to.deep.equal({ title: 'jawaban server' });
  });

  it('a draft larger than the cap is not written, and the one before it stays', () => {
    const { draft } = setUp({ maxLength: 1000 });
    draft.write({ title: 'kecil' });
    expect(draft.write({ title: 'x', photo: 'data:image/jpeg;base64,' + 'A'.repeat(2000) })).to.equal(false);
    expect(draft.read()).to.deep.equal({ title: 'kecil' });
  });

  it('a draft of another version, or unreadable, is not read and is removed', () => {
    const { draft } = setUp();
    const key = `layanan:${deviceKey('complaint-form', API, 'complaint')}`;
    localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: 1, data: { title: 'lama' } }));
    expect(draft.read()).to.equal(undefined);
    expect(localStorage.getItem(key)).to.equal(null);
    localStorage.setItem(key, '{not json');
    expect(draft.read()).to.equal(undefined);
  });

  it('moves a draft from where an earlier release kept it, once, without its phone number', () => {
    localStorage.setItem(`layanan:complaint-draft:${API}`, JSON.stringify({ title: 'Sampah', phone: '081234567890' }));
    const { draft } = setUp({ legacy: { key: () => `complaint-draft:${API}`, read: (old) => old as Draft } });
    expect(draft.read()).to.deep.equal({ title: 'Sampah' });
    expect(localStorage.getItem(`layanan:complaint-draft:${API}`)).to.equal(null);
    expect(everything().map(([, value]) => value).join('')).not.to.contain('81234567890');
    expect(draft.read()).to.deep.equal({ title: 'Sampah' });
  });

  it('clear() forgets it', () => {
    const { draft } = setUp();
    draft.write({ title: 'x' });
    draft.clear();
    expect(draft.read()).to.equal(undefined);
    expect(everything()).to.have.length(0);
  });

  it('storage that refuses (quota, privacy mode) makes write() say false, never throw', () => {
    const { draft } = setUp();
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(draft.write({ title: 'x' })).to.equal(false);
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});
