import { computed, signal } from '@preact/signals';
import type { HazardSummary } from '../../model/datasets';
import type { HazardKind, HazardStatus } from '../../model/vocabulary';

/** The list's filters; empty string means "all". */
export const districtFilter = signal('');
export const kindFilter = signal<HazardKind | ''>('');
export const statusFilter = signal<HazardStatus | ''>('');

/** Whether a hazard passes every filter. */
export const matchesFilters = computed(() => {
  const [district, kind, status] = [districtFilter.value, kindFilter.value, statusFilter.value];
  return (hazard: HazardSummary) => (!district || hazard.district === district) && (!kind || hazard.kind === kind) && (!status || hazard.status === status);
});
