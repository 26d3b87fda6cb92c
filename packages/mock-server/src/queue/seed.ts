import { ACCESS_CODE_ALPHABET, type OpeningHours } from '@layanan/contract';
import { addDays, currentOrNextInterval, dateOf, isOpenDay, wallTime } from './calendar.js';
import { advanceQueues } from './engine.js';
import type { QueueServiceRecord, QueueState, QueueTicketRecord } from './model.js';

const weekdays = (opens: string, closes: string, friday: string): OpeningHours[] => [
  ...[1, 2, 3, 4].map((day) => ({ day, opens, closes })),
  { day: 5, opens, closes: friday },
];

const DISDUKCAPIL = { name: 'Kantor Disdukcapil Lampung Utara', address: 'Jl. Soekarno-Hatta No. 12, Kotabumi' };
const MPP = { name: 'Mal Pelayanan Publik Lampung Utara', address: 'Jl. Jenderal Sudirman No. 27, Kotabumi' };

type ServiceSeed = Omit<QueueServiceRecord, 'nextCallAt' | 'issued' | 'counterTurn'> & {
  /** How many numbers are already taken today and on each later day (the first day after today: `busy`). */
  takenToday: number;
  takenLater: number;
  /** Day index (1 = tomorrow's first open day) that is fully booked. */
  fullOnDay?: number;
};

const SERVICES: ServiceSeed[] = [
  {
    id: 'ktp-el',
    unitId: 'disdukcapil',
    name: 'Perekaman KTP-el',
    description: 'Perekaman sidik jari, iris mata dan foto untuk KTP elektronik. Bawa Kartu Keluarga asli.',
    office: DISDUKCAPIL,
    prefix: 'A',
    openingHours: weekdays('08:00', '15:00', '11:00'),
    bookingWindowDays: 7,
    averageServiceMinutes: 12,
    counters: 2,
    nikRequired: true,
    dailyQuota: 40,
    takenToday: 24,
    takenLater: 18,
    fullOnDay: 1,
  },
  {
    id: 'kartu-keluarga',
    unitId: 'disdukcapil',
    name: 'Pencetakan Kartu Keluarga',
    description: 'Pencetakan Kartu Keluarga baru atau perubahan data anggota keluarga.',
    office: DISDUKCAPIL,
    prefix: 'B',
    openingHours: weekdays('08:00', '15:00', '11:00'),
    bookingWindowDays: 7,
    averageServiceMinutes: 10,
    counters: 1,
    nikRequired: true,
    dailyQuota: 30,
    takenToday: 14,
    takenLater: 9,
  },
  {
    id: 'akta-kelahiran',
    unitId: 'disdukcapil',
    name: 'Akta Kelahiran',
    description: 'Penerbitan akta kelahiran. Bawa surat keterangan lahir dan Kartu Keluarga.',
    office: DISDUKCAPIL,
    prefix: 'C',
    openingHours: weekdays('08:00', '14:00', '11:00'),
    bookingWindowDays: 7,
    averageServiceMinutes: 15,
    counters: 1,
    nikRequired: false,
    dailyQuota: 20,
    takenToday: 7,
    takenLater: 5,
  },
  {
    id: 'konsultasi-perizinan',
    unitId: 'dpmptsp',
    name: 'Konsultasi Perizinan Berusaha',
    description: 'Konsultasi NIB, PBG dan izin usaha lainnya dengan petugas DPMPTSP.',
    office: MPP,
    prefix: 'D',
    openingHours: [...weekdays('08:00', '15:30', '11:30'), { day: 6, opens: '08:00', closes: '12:00' }],
    bookingWindowDays: 14,
    averageServiceMinutes: 20,
    counters: 2,
    nikRequired: false,
    dailyQuota: 16,
    takenToday: 6,
    takenLater: 4,
  },
  {
    id: 'layanan-pbb',
    unitId: 'bapenda',
    name: 'Layanan PBB-P2',
    description: 'Pembetulan SPPT, mutasi objek pajak dan informasi tunggakan PBB-P2.',
    office: MPP,
    prefix: 'E',
    openingHours: weekdays('08:00', '15:30', '11:30'),
    bookingWindowDays: 7,
    averageServiceMinutes: 8,
    counters: 2,
    nikRequired: false,
    dailyQuota: 50,
    takenToday: 19,
    takenLater: 10,
  },
];

const GIVEN = ['Siti', 'Ahmad', 'Dewi', 'Budi', 'Rina', 'Agus', 'Nur', 'Yusuf', 'Lestari', 'Hendra', 'Wati', 'Joko', 'Fitri', 'Rahmat', 'Ayu', 'Iwan'];
const FAMILY = ['Aminah', 'Saputra', 'Rahayu', 'Santoso', 'Marlina', 'Wijaya', 'Hasanah', 'Pratama', 'Sari', 'Gunawan', 'Lubis', 'Nasution'];

/** A small deterministic generator (mulberry32), so every reset seeds the same people. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A seeded person's access code, from the same deterministic generator, so the contract's examples
 * can name a ticket that every fresh reference server has. Citizens' own tickets get codes from
 * the CSPRNG (`generateAccessCode`).
 */
function seededCode(pick: () => number): string {
  const symbols = Array.from({ length: 15 }, () => ACCESS_CODE_ALPHABET[Math.floor(pick() * ACCESS_CODE_ALPHABET.length)]);
  return `${symbols.slice(0, 5).join('')}-${symbols.slice(5, 10).join('')}-${symbols.slice(10).join('')}`;
}

/** Hands out the next number of a service on a date: `A-013`, and its place in the line. */
export function nextNumber(service: QueueServiceRecord, date: string): { number: string; order: number } {
  const issued = (service.issued[date] ??= { number: 0, order: 0 });
  issued.number++;
  issued.order++;
  return { number: `${service.prefix}-${String(issued.number).padStart(3, '0')}`, order: issued.order };
}

/**
 * The queues as they stand at `start`: numbers already taken for today and the booking window
 * (one day of Perekaman KTP-el fully booked), and today's queue moved from opening time to `start`
 * by the same engine that moves it afterwards.
 */
export function seedQueue(start: number): QueueState {
  const queue: QueueState = { services: [], tickets: new Map() };
  const pick = random(1803);
  const today = dateOf(start);
  for (const seed of SERVICES) {
    const { takenToday, takenLater, fullOnDay, ...definition } = seed;
    const service: QueueServiceRecord = { ...definition, nextCallAt: null, issued: {}, counterTurn: 0 };
    queue.services.push(service);
    let openDay = 0;
    for (let ahead = 0; ahead <= service.bookingWindowDays; ahead++) {
      const date = addDays(today, ahead);
      if (!isOpenDay(service.openingHours, date)) continue;
      if (ahead > 0) openDay++;
      const taken = ahead === 0 ? takenToday : openDay === fullOnDay ? service.dailyQuota : takenLater;
      const dayOpens = currentOrNextInterval(service.openingHours, wallTime(date, '00:00'))!.opens;
      for (let i = 0; i < Math.min(taken, service.dailyQuota); i++) {
        const { number, order } = nextNumber(service, date);
        const issuedAt = Math.min(start, dayOpens) - (taken - i) * 7 * 60_000;
        const ticket: QueueTicketRecord = {
          code: seededCode(pick),
          serviceId: service.id,
          visitDate: date,
          number,
          order,
          name: `${GIVEN[Math.floor(pick() * GIVEN.length)]} ${FAMILY[Math.floor(pick() * FAMILY.length)]}`,
          phone: `+62812${String(Math.floor(pick() * 1e8)).padStart(8, '0')}`,
          status: 'waiting',
          issuedAt,
          updatedAt: issuedAt,
          checkedIn: false,
          rejoined: false,
          // One of today's early numbers never showed up: it is a no-show that may still re-join.
          autoCheckIn: !(ahead === 0 && i === 8),
        };
        queue.tickets.set(ticket.code, ticket);
      }
    }
    // Today's counters opened at opening time; the engine brings them to `start`.
    service.nextCallAt = currentOrNextInterval(service.openingHours, wallTime(today, '00:00'))?.opens ?? null;
  }
  advanceQueues(queue, start);
  return queue;
}
