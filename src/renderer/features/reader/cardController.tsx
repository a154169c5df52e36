// State of the citation card: which citation it shows, whether it is pinned, hover timing, focus.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

const OPEN_DELAY_MS = 150;
const CLOSE_DELAY_MS = 250;

export interface CardController {
  /** Citation whose card is showing, or null. */
  openId: string | null;
  pinned: boolean;
  anchor: HTMLElement | null;
  /** DOM id of the card element. */
  cardId: string;
  hoverStart: (citationId: string, anchor: HTMLElement) => void;
  hoverEnd: () => void;
  focused: (citationId: string, anchor: HTMLElement) => void;
  blurred: (next: EventTarget | null) => void;
  toggle: (citationId: string, anchor: HTMLElement) => void;
  /** The pointer entered (true) or left (false) the card itself. */
  cardHover: (inside: boolean) => void;
  /** Close; with `returnFocus`, focus goes back to the citation the card belongs to. */
  close: (returnFocus: boolean) => void;
  /** The next focus on a citation (a programmatic jump) does not open its card. */
  suppressNextFocus: () => void;
}

const CardContext = createContext<CardController | null>(null);
export const CardProvider = CardContext.Provider;

/** The card controller of the enclosing reader. */
export function useCardController(): CardController {
  const value = useContext(CardContext);
  if (!value) throw new Error('useCardController must be used inside the reader.');
  return value;
}

interface CardState {
  openId: string | null;
  pinned: boolean;
  anchor: HTMLElement | null;
}

const CLOSED: CardState = { openId: null, pinned: false, anchor: null };

/** Creates the controller; the reader provides it to its citations and card. */
export function useCardState(): CardController {
  const cardId = useId();
  const [state, setState] = useState<CardState>(CLOSED);
  // Handlers read the latest state without being re-created on every change.
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const suppress = useRef(false);

  const clearTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => clearTimer, [clearTimer]);

  const later = useCallback(
    (ms: number, action: () => void) => {
      clearTimer();
      timer.current = setTimeout(() => {
        timer.current = null;
        action();
      }, ms);
    },
    [clearTimer],
  );

  const hoverStart = useCallback(
    (openId: string, anchor: HTMLElement) => {
      if (stateRef.current.pinned) return;
      later(OPEN_DELAY_MS, () => setState({ openId, pinned: false, anchor }));
    },
    [later],
  );

  const hoverEnd = useCallback(() => {
    if (stateRef.current.pinned) return clearTimer();
    later(CLOSE_DELAY_MS, () => setState((s) => (s.pinned ? s : CLOSED)));
  }, [clearTimer, later]);

  const focused = useCallback(
    (openId: string, anchor: HTMLElement) => {
      if (suppress.current) {
        suppress.current = false;
        return;
      }
      if (stateRef.current.pinned && stateRef.current.openId === openId) return;
      clearTimer();
      setState({ openId, pinned: false, anchor });
    },
    [clearTimer],
  );

  const blurred = useCallback(
    (next: EventTarget | null) => {
      const card = document.getElementById(cardId);
      if (next instanceof Node && card?.contains(next)) return;
      if (!stateRef.current.pinned) {
        clearTimer();
        setState(CLOSED);
      }
    },
    [cardId, clearTimer],
  );

  const toggle = useCallback(
    (openId: string, anchor: HTMLElement) => {
      clearTimer();
      const s = stateRef.current;
      if (s.pinned && s.openId === openId) setState(CLOSED);
      else setState({ openId, pinned: true, anchor });
    },
    [clearTimer],
  );

  const cardHover = useCallback(
    (inside: boolean) => {
      if (inside) clearTimer();
      else if (!stateRef.current.pinned)
        later(CLOSE_DELAY_MS, () => setState((s) => (s.pinned ? s : CLOSED)));
    },
    [clearTimer, later],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      clearTimer();
      const anchor = stateRef.current.anchor;
      setState(CLOSED);
      // Only a focus that actually moves fires a focus event to swallow: when the citation still
      // has focus (a card opened by focus), a suppression left set would eat the next citation's.
      if (returnFocus && anchor?.isConnected && document.activeElement !== anchor) {
        suppress.current = true;
        anchor.focus();
      }
    },
    [clearTimer],
  );

  // Escape closes the card wherever focus is; a click elsewhere closes a pinned card.
  const isOpen = state.openId !== null;
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const anchor = stateRef.current.anchor;
      close(document.activeElement === anchor || stateRef.current.pinned);
    };
    const onPointer = (event: MouseEvent) => {
      const { pinned, anchor } = stateRef.current;
      const target = event.target as Node | null;
      const card = document.getElementById(cardId);
      if (pinned && target && !card?.contains(target) && !anchor?.contains(target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
    };
  }, [isOpen, cardId, close]);

  const suppressNextFocus = useCallback(() => {
    suppress.current = true;
  }, []);

  return useMemo(
    () => ({
      ...state,
      cardId,
      hoverStart,
      hoverEnd,
      focused,
      blurred,
      toggle,
      cardHover,
      close,
      suppressNextFocus,
    }),
    [
      state,
      cardId,
      hoverStart,
      hoverEnd,
      focused,
      blurred,
      toggle,
      cardHover,
      close,
      suppressNextFocus,
    ],
  );
}
