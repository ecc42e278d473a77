import { Catch, Controller, Get, Module, type ArgumentsHost } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import type { Response } from 'express';
import { DomainError, ErrorCode } from './domain-error.js';
import { UnexpectedErrorFilter } from './unexpected-error.filter.js';

/** Stands for DomainErrorFilter, registered after UnexpectedErrorFilter as the app registers them. */
@Catch(DomainError)
class AnswersDomainErrors {
  catch(error: DomainError, host: ArgumentsHost) {
    host.switchToHttp().getResponse<Response>().status(418).json({ code: error.code });
  }
}

@Controller()
class Throwing {
  @Get('domain') domain(): never {
    throw new DomainError(ErrorCode.CONFLICT, 'no');
  }

  @Get('other') other(): never {
    throw new Error('boom');
  }
}

@Module({
  controllers: [Throwing],
  providers: [{ provide: APP_FILTER, useClass: UnexpectedErrorFilter }, { provide: APP_FILTER, useClass: AnswersDomainErrors }],
})
class TestModule {}

describe('UnexpectedErrorFilter', () => {
  it('leaves domain refusals to the filter registered after it, and answers other HTTP failures as Nest does', async () => {
    const app = await NestFactory.create(TestModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    try {
      const { port } = app.getHttpServer().address() as { port: number };
      expect((await fetch(`http://127.0.0.1:${port}/domain`)).status).toBe(418);
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(500);
    } finally {
      await app.close();
    }
  });
});
