import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// The wrapper registers only <layanan-queue-ticket>; its events are typed `on…` props.
import { LayananQueueTicket } from '@layanan/react/queue-ticket';
// A custom element used as it is needs its module loaded, and its JSX type from the package's React types.
import '@layanan/widgets/agency-info';
import type {} from '@layanan/widgets/react';

function App() {
  const [received, setReceived] = useState<{ event: string; text: string }[]>([]);
  const log = (event: string, text: string) => setReceived((all) => [...all, { event, text }]);

  return (
    <>
      <header>
        <p>
          <a href="/">← Semua contoh</a> · <strong>Pemerintah Kabupaten Lampung Utara</strong> · React 19
        </p>
      </header>
      <main>
        <section>
          <h1>Antrean dari aplikasi React</h1>
          <p>
            <code>&lt;LayananQueueTicket onTicketIssued&gt;</code> dari <code>@layanan/react</code>, dan{' '}
            <code>&lt;layanan-agency-info&gt;</code> langsung sebagai elemen, bertipe dari <code>@layanan/widgets/react</code>.
          </p>
        </section>
        <div className="examples">
          <section aria-labelledby="ex-queue">
            <h2 id="ex-queue">Ambil nomor</h2>
            <LayananQueueTicket
              service="ktp-el"
              headingLevel={3}
              onTicketIssued={(e) => {
                console.log('layanan-ticket-issued', e.detail.ticket.number);
                log('layanan-ticket-issued', `nomor ${e.detail.ticket.number}`);
              }}
            />
          </section>
          <section aria-labelledby="ex-agency">
            <h2 id="ex-agency">Instansi</h2>
            <layanan-agency-info heading-level={3} onlayanan-agency-loaded={(e) => log('layanan-agency-loaded', e.detail.agency.name)} />
          </section>
        </div>
        <section aria-labelledby="ex-log">
          <h2 id="ex-log">Event yang diterima aplikasi</h2>
          <ul aria-live="polite" id="event-log">
            {received.map(({ event, text }, i) => (
              <li key={i}>
                <code>{event}</code>: <strong>{text}</strong>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
