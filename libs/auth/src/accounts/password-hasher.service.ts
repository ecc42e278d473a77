import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/**
 * argon2id (memory-hard) with the library's defaults (19 MiB, 2 passes), as OWASP recommends.
 * A dummy hash is verified for unknown emails so a login takes as long whether or not the email
 * exists.
 */
@Injectable()
export class PasswordHasher {
  private readonly dummyHash = hash('not a real password, for constant-time refusals');

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    return verify(passwordHash ?? (await this.dummyHash), password);
  }
}
