import { UpdateContactPreferences } from '@vcs/domain';
import { HandoverContactPreferencesDto } from '../hand-contact-to-victim/hand-contact-to-victim.dto';
import { defined, toPostalAddress } from './personal-data';

type ContactPreferencesData = Omit<UpdateContactPreferences['data'], 'victimId' | 'updatedOn' | 'recordedOn'>;

/** The victim's contact preferences as the domain takes them (choices, and the personal part). */
export function contactPreferencesData(request: HandoverContactPreferencesDto): ContactPreferencesData {
  const { personal } = request;
  return {
    channels: [...request.channels],
    stages: defined({
      choice: request.stages.choice,
      chosenStages: request.stages.chosenStages && [...request.stages.chosenStages],
    }),
    safetyCheckBeforeLetters: request.safetyCheckBeforeLetters,
    personal: defined({
      address: toPostalAddress(personal.address),
      email: personal.email,
      phone: personal.phone,
      mobile: personal.mobile,
      language: personal.language,
      accessibleFormats: [...(personal.accessibleFormats ?? [])],
      timesNotToCall: (personal.timesNotToCall ?? []).map((window) => ({
        days: [...window.days],
        from: window.from,
        to: window.to,
      })),
    }),
  };
}
