// JSZip asks for Node streams only to offer them as an output; the browser build has none to give.
export default {};
