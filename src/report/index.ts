// Placeholder: the static report (data/report/) is written here. The merge/export stage calls writeReport.
import type { CouncilTimeline, InterventionRecord } from '../schema/intervention.js';

export async function writeReport(_interventions: InterventionRecord[], _timelines: CouncilTimeline[], _outDir: string): Promise<void> {}
