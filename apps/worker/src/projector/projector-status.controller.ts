import { Controller, Get } from '@nestjs/common';
import { formatPosition } from '@vcs/event-store';
import { Public } from '@vcs/security';
import { ProjectorService } from './projector.service';

/** Which projections this worker runs, whether it is the active instance, and where each has got to. */
@Public()
@Controller('health/projectors')
export class ProjectorStatusController {
  constructor(private readonly projectors: ProjectorService) {}

  @Get()
  status() {
    return this.projectors.status().map((s) => ({ ...s, position: s.position ? formatPosition(s.position) : null }));
  }
}
