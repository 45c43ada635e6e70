import { z } from 'zod';
import { id } from './common.js';

/** A likelihood × impact score on the 5 × 5 matrix: 1 to 25. */
const score = z.number().int().min(1).max(25);

/**
 * The risk the board accepts, as boards are asked to set it (NACD's handbook,
 * the UK Cyber Governance Code's action A3, NIST CSF 2.0 GV.RM-02): the
 * highest likelihood × impact score accepted without further treatment,
 * optionally stricter or looser for an impact area. An open risk scoring above
 * its appetite is "above appetite".
 */
export const riskAppetiteSchema = z
  .strictObject({
    max_score: score.describe(
      'The highest likelihood × impact score (1-25) the board accepts; an open risk scoring more is above appetite',
    ),
    by_impact_area: z
      .record(id, score)
      .optional()
      .describe(
        "The highest score accepted for risks whose impact falls on an area (a risk's impact_area in risks.yaml), for example regulatory: 4",
      ),
  })
  .describe("The board's risk appetite: every open risk is judged against it");
