import { useSyncExternalStore } from 'react';
import type { Release } from '../catalog/catalog.ts';
import { firmwareRelease, subscribeFirmwareRelease } from '../session/firmware-release.ts';

/** The firmware release the user picked under Telephone (R2.7 or later unless told): drawn again when it changes. */
export const useRelease = (): Release => useSyncExternalStore(subscribeFirmwareRelease, firmwareRelease);
