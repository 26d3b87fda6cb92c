import type { OpeningHours, QueueTicketStatus } from '@layanan/contract';

/** A service as the reference server keeps it. */
export interface QueueServiceRecord {
  id: string;
  unitId: string;
  name: string;
  description: string;
  office: { name: string; address: string };
  prefix: string;
  openingHours: OpeningHours[];
  bookingWindowDays: number;
  averageServiceMinutes: number;
  counters: number;
  nikRequired: boolean;
  dailyQuota: number;
  /** When the next counter calls the next number; null until the simulation first runs. */
  nextCallAt: number | null;
  /** Last ticket number and last queue order handed out, per visit date. */
  issued: Record<string, { number: number; order: number }>;
  /** Which counter calls next (round robin). */
  counterTurn: number;
}

/** A ticket as the reference server keeps it (the contract's `QueueTicket` is a view of it). */
export interface QueueTicketRecord {
  code: string;
  serviceId: string;
  visitDate: string;
  number: string;
  /** Place in the day's queue; a re-join gets a new, last one. */
  order: number;
  name: string;
  phone: string;
  nik?: string;
  status: QueueTicketStatus;
  issuedAt: number;
  updatedAt: number;
  calledAt?: number;
  checkInBy?: number;
  checkedIn: boolean;
  servingAt?: number;
  counter?: string;
  rejoinUntil?: number;
  rejoined: boolean;
  /** Seeded people are in the hall when called; a citizen checks in by scanning the QR (a mock knob). */
  autoCheckIn: boolean;
}

export interface QueueState {
  services: QueueServiceRecord[];
  tickets: Map<string, QueueTicketRecord>;
}

/** Minutes a called citizen has to reach the counter before the ticket becomes `no_show`. */
export const CHECK_IN_MINUTES = 10;
/** Minutes after a `no_show` during which the citizen may re-join the back of the queue, once. */
export const REJOIN_MINUTES = 30;

/** Minutes between two calls of one service: its average service time shared by its counters. */
export function callInterval(service: QueueServiceRecord): number {
  return (service.averageServiceMinutes * 60_000) / service.counters;
}

export const ACTIVE_STATUSES: readonly QueueTicketStatus[] = ['waiting', 'called', 'serving'];
