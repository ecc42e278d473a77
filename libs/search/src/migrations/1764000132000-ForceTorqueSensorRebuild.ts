import { IndexRebuildRequest } from './index-rebuild-request.js';

/**
 * Listings indexed before are analysed again by the rebuild requested here: the lexicon's files
 * gained the names six-axis force/torque sensors are offered under (六维力/力矩传感器, "6-axis force
 * torque sensor"), which read as joint torque sensors, no answer to a need for them. Until it runs
 * they are found and scored as before.
 */
export class ForceTorqueSensorRebuild1764000132000 extends IndexRebuildRequest {
  name = 'ForceTorqueSensorRebuild1764000132000';
  protected reason = 'lexicon files: six-axis force/torque sensor names';
}
