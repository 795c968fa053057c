import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';

type Variant = 'primary' | 'secondary' | 'quiet';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  variant?: Variant;
  /** A call is in flight: the button ignores presses but keeps keyboard focus. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

const variantClass: Record<Variant, string> = {
  primary: 'button button-primary',
  secondary: 'button',
  quiet: 'button button-quiet',
};

export function Button({
  variant = 'secondary',
  busy = false,
  type = 'button',
  className,
  onClick,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    // Also stops the implicit submit an Enter in a text field triggers.
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      aria-disabled={busy || undefined}
      className={className ? `${variantClass[variant]} ${className}` : variantClass[variant]}
      onClick={handleClick}
    />
  );
}
