import { Injectable } from '@nestjs/common';

/** Made once: building an Intl.DateTimeFormat costs far more than formatting with one (several reads ask for today). */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The API's one clock: the domain never reads time, it is told. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's civil date in England and Wales (YYYY-MM-DD), which is what timescales count in. */
  today(): string {
    return LONDON_DATE.format(this.now());
  }
}
