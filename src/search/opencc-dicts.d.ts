/** opencc-js ships its dictionaries as modules without types: each is its dictionary as text. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
