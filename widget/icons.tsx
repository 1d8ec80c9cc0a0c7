import type { ComponentChildren } from 'preact';

/** Inline SVG icons; decorative (the buttons carry the labels). */
function Svg({ children, stroke }: { children: ComponentChildren; stroke?: boolean }) {
  return (
    <svg
      width="24"
      height="24"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={stroke ? 'none' : 'currentColor'}
      stroke={stroke ? 'currentColor' : undefined}
      stroke-width={stroke ? 2 : undefined}
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}

export const ChatIcon = () => (
  <Svg>
    <path d="M12 3C6.5 3 2 6.9 2 11.7c0 2.4 1.1 4.6 3 6.2-.2 1.4-.8 2.7-1.8 3.7 2 0 3.9-.7 5.3-1.8 1.1.3 2.3.5 3.5.5 5.5 0 10-3.9 10-8.6S17.5 3 12 3z" />
  </Svg>
);

export const MinimizeIcon = () => (
  <Svg stroke>
    <path d="M6 9l6 6 6-6" />
  </Svg>
);

export const SendIcon = () => (
  <Svg>
    <path d="M3.4 20.4l17.45-7.48a1 1 0 000-1.84L3.4 3.6a1 1 0 00-1.39 1.17L4 11l9 1-9 1-1.99 6.23a1 1 0 001.39 1.17z" />
  </Svg>
);
