package dk.rekrut.assessment.candidates;

import dk.rekrut.application.Application;

/**
 * Where a candidate is in the list the reader came from: the candidate before and after (null at either end) and
 * the position, counted from 1. The page names them by candidate number only, in every case.
 */
record Neighbours(Application previous, Application next, int position, int total, ListQuery query) {
}
