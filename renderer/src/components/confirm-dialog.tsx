import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';

export interface PromptSpec {
  label: string;
  initial?: string;
  required?: boolean;
  /** Text area rather than a one-line box. */
  multiline?: boolean;
  hint?: string;
}

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Ask for a value (a reason, a version label) before confirming. */
  prompt?: PromptSpec;
  busy?: boolean;
  onConfirm: (value: string) => void;
  onCancel: () => void;
}

/** Yes/no, optionally with one value to type, in the Office dialog style. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const [value, setValue] = useState(props.prompt?.initial ?? '');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (props.open) {
      setValue(props.prompt?.initial ?? '');
      setTouched(false);
    }
  }, [props.open, props.prompt?.initial]);
  const missing = Boolean(props.prompt?.required) && value.trim() === '';
  const confirm = () => {
    setTouched(true);
    if (!missing) props.onConfirm(value.trim());
  };
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent>
              {props.children}
              {props.prompt && (
                <Field
                  label={props.prompt.label}
                  required={props.prompt.required}
                  hint={props.prompt.hint}
                  validationMessage={touched && missing ? `Enter ${props.prompt.label.toLowerCase()}.` : undefined}
                  style={{ marginTop: 12 }}
                >
                  {props.prompt.multiline ? (
                    <Textarea value={value} onChange={(_, d) => setValue(d.value)} resize="vertical" />
                  ) : (
                    <Input value={value} onChange={(_, d) => setValue(d.value)} autoFocus />
                  )}
                </Field>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={props.busy}>
                {props.confirmLabel}
              </Button>
              <Button onClick={props.onCancel}>{props.cancelLabel ?? 'Cancel'}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
