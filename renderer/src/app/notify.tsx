import {
  Link,
  Toast,
  ToastBody,
  ToastTitle,
  ToastTrigger,
  Toaster,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ApiCallError } from '../../../shared/api/client';
import { ErrorList } from '../components/error-list';

export interface Notify {
  success(message: string, title?: string): void;
  info(message: string, title?: string): void;
  /** Shows an ApiCallError with its details as a list; any other error by its message. */
  error(error: unknown, title?: string): void;
}

const NotifyContext = createContext<Notify | null>(null);

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'Something went wrong.';

export function NotifyProvider(props: { children: ReactNode }) {
  const toasterId = useId('toaster');
  const { dispatchToast } = useToastController(toasterId);

  const notify = useMemo<Notify>(() => {
    const dismiss = (
      <ToastTrigger>
        <Link>Dismiss</Link>
      </ToastTrigger>
    );
    return {
      success: (message, title) =>
        dispatchToast(
          <Toast>
            <ToastTitle>{title ?? message}</ToastTitle>
            {title && <ToastBody>{message}</ToastBody>}
          </Toast>,
          { intent: 'success', timeout: 6000 },
        ),
      info: (message, title) =>
        dispatchToast(
          <Toast>
            <ToastTitle action={dismiss}>{title ?? message}</ToastTitle>
            {title && <ToastBody>{message}</ToastBody>}
          </Toast>,
          { intent: 'info', timeout: 8000 },
        ),
      error: (error, title) => {
        const details = error instanceof ApiCallError ? error.details : [];
        dispatchToast(
          <Toast>
            <ToastTitle action={dismiss}>{title ?? errorMessage(error)}</ToastTitle>
            {(title || details.length > 0) && (
              <ToastBody>
                {title && <div>{errorMessage(error)}</div>}
                {details.length > 0 && <ErrorList details={details} max={12} />}
              </ToastBody>
            )}
          </Toast>,
          { intent: 'error', timeout: details.length ? -1 : 12000 },
        );
      },
    };
  }, [dispatchToast]);

  return (
    <NotifyContext.Provider value={notify}>
      {props.children}
      <Toaster toasterId={toasterId} position="bottom-start" offset={{ horizontal: 16, vertical: 40 }} pauseOnHover pauseOnWindowBlur limit={4} />
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const n = useContext(NotifyContext);
  if (!n) throw new Error('useNotify needs a NotifyProvider');
  return n;
}
