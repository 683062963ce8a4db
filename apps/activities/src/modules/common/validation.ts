import { z } from 'zod';

export const idField = z.uuid();

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => v || null);

export const versionField = z.number().int().min(1);

export const instant = z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), 'validation.invalid');
