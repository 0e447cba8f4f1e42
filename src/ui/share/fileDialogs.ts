// The dialogs about a file that did not open as it is (its errors; a guessed encoding to confirm):
// a chunk of their own, fetched after the first paint (see deferred.tsx).
export { EncodingCheck } from './EncodingCheck';
export { ImportErrors } from './ImportErrors';
