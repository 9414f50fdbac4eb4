import { text } from "@/lib/forms/text";

// The filters several lists and the dashboard read from their URL. A malformed value
// reads as "no filter" (`.catch(undefined)`), never an error page.

/** A province code (BPS), two digits. */
export const provinceParam = text()
  .regex(/^\d{2}$/)
  .optional()
  .catch(undefined);

/** A regency code (BPS), `PP.RR`. */
export const regencyParam = text()
  .regex(/^\d{2}\.\d{2}$/)
  .optional()
  .catch(undefined);

/** A short code such as an instrument version or an indicator code. */
export const codeParam = text()
  .trim()
  .regex(/^[\w.-]{1,40}$/)
  .optional()
  .catch(undefined);
