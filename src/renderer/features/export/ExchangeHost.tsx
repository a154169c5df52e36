// The app-wide host of the export, copy-citation and import dialogs, and the window's drop zone
// for importing a file. Mounted once by the app.
import { ImportDropZone } from '../import/ImportDropZone';
import { ImportPrompt } from '../import/ImportPrompt';
import { ImportReview } from '../import/ImportReview';
import { CopyCitationDialog } from './CopyCitationDialog';
import { ExportDialog } from './ExportDialog';
import { useExchangeRequest } from './requests';

export function ExchangeHost() {
  const [request, close] = useExchangeRequest();
  return (
    <>
      <ImportDropZone />
      {request?.kind === 'export' && (
        <ExportDialog target={request.target} what={request.what} onClose={close} />
      )}
      {request?.kind === 'citation' && (
        <CopyCitationDialog cites={request.cites} what={request.what} onClose={close} />
      )}
      {request?.kind === 'choose-import' && <ImportPrompt onClose={close} />}
      {request?.kind === 'import' && (
        <ImportReview key={request.plan.planId} plan={request.plan} onClose={close} />
      )}
    </>
  );
}
