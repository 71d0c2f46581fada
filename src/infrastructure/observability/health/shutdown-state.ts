import { Injectable } from '@nestjs/common';

/** Set when SIGTERM arrives, so readiness fails and load balancers stop sending traffic. */
@Injectable()
export class ShutdownState {
  private draining = false;

  beginDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }
}
