/**
 * What the form to teach a name ("REDIALMODE is Redial", in Other lines) is given: the editor asks for it, the format
 * profile (features/profile) draws it and loads with it, and the page hands one to the other (features do not import
 * each other).
 */
export interface TeachNameProps {
  /** The line's name, as in the file. */
  readonly name: string;
  /** Called once taught (true) or cancelled (false, and Escape): the form is taken away. */
  readonly onDone: (taught: boolean) => void;
}
