/**
 * Button looks: `primary` for the one main action of a form, `secondary` for the others,
 * `danger` for what deletes or revokes, `link` for a quiet action that reads like a link.
 * `buttonClass` gives the same look to a link (`<Link className={buttonClass("primary")}>`).
 */
import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "link";
export type ButtonSize = "md" | "sm";

const variantClass: Record<ButtonVariant, string> = {
  primary: "rounded-sm bg-ink font-semibold text-paper hover:opacity-90 disabled:opacity-60",
  secondary: "rounded-sm border border-rule font-medium hover:border-ink disabled:opacity-60",
  danger:
    "rounded-sm border border-accent font-semibold text-accent hover:bg-accent hover:text-paper disabled:opacity-60",
  link: "text-link underline-offset-2 hover:underline disabled:opacity-60",
};

const sizeClass: Record<ButtonSize, string> = { md: "px-5 py-2", sm: "px-3 py-1.5 text-sm" };

export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "md"): string {
  return variant === "link" ? variantClass.link : `inline-block ${variantClass[variant]} ${sizeClass[size]}`;
}

export function Button({
  variant = "secondary",
  size = "md",
  type = "button",
  className = "",
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...button} />;
}
