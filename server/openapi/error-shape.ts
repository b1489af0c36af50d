// The error answer every route shares (server/api/error-handler.ts), with the catalogue's codes.
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../errors.ts';

const codes = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

export const errorShape = z.object({
  error: z.object({
    code: z.enum(codes).describe('stable machine code (server/errors.ts); the message may change, the code does not'),
    message: z.string().describe('what went wrong and what to do, in words'),
    details: z.unknown().optional().describe('e.g. the problem list of a rejected dataset, the failing fields of a request'),
  }),
});
