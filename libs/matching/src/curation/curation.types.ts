import { ConnectionType } from '@chainmatch/core';
import { Match } from '../match.types.js';

/** Relay list of matches; exported for any other list of matches to share (one GraphQL type). */
export const MatchConnection = ConnectionType(Match, 'Match');
