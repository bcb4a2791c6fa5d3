import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface BoundaryTexts {
  /** Which part failed, and that the rest works: "Something went wrong in the import; …". */
  title: string;
  /** The error's own message, in a sentence: "What went wrong: …". */
  detail: (error: string) => string;
  retry: string;
}

export interface ErrorBoundaryProps {
  texts: BoundaryTexts;
  /** Names the part in data-testid: `shopreply.boundary.<area>`. */
  area: string;
  /** A new value clears a caught error (e.g. the tab or the rule shown). */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error?: Error;
  resetKey?: unknown;
}

/**
 * Keeps one part of a page from taking the whole page down: a render error inside shows what went
 * wrong and a retry button in that part's place; its siblings keep working. Texts come from the
 * caller, in the person's language.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`ShopReply: ${this.props.area} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { texts, area } = this.props;
    return (
      <div role="alert" className="error-boundary" data-testid={`shopreply.boundary.${area}`}>
        <p>{texts.title}</p>
        <p className="muted" data-testid="shopreply.boundary.detail">{texts.detail(error.message || error.name)}</p>
        <button type="button" onClick={() => this.setState({ error: undefined })} data-testid="shopreply.boundary.retry">
          {texts.retry}
        </button>
      </div>
    );
  }
}
