import { InvalidEnvironmentError, validateEnvironment, type Environment } from '@chainmatch/config';

/** Reads the environment or stops the process with a message naming every bad variable. */
export function loadEnvironmentOrExit(): Environment {
  try {
    return validateEnvironment(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
}
