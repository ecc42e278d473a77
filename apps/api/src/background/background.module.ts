import { Module, type DynamicModule } from '@nestjs/common';
import type { ProcessRole } from './background-loop.js';
import { BACKGROUND_LOOPS } from './background-loops.registry.js';
import { BackgroundLoops, LOOPS_OF_THIS_PROCESS } from './background-loops.service.js';

/** The background loops of the given roles, with the modules providing their tasks. */
@Module({})
export class BackgroundModule {
  static register(roles: readonly ProcessRole[]): DynamicModule {
    const loops = BACKGROUND_LOOPS.filter((loop) => roles.includes(loop.role));
    return {
      module: BackgroundModule,
      imports: [...new Set(loops.map((loop) => loop.module))],
      providers: [{ provide: LOOPS_OF_THIS_PROCESS, useValue: loops }, BackgroundLoops],
      exports: [BackgroundLoops],
    };
  }
}
