// Route script of the Azure DevOps test double (demo data only): support/adoDouble.ts.
import { addComment } from './support/adoDouble';

declare var request: RESTAPIRequest;
declare var response: RESTAPIResponse;

addComment(request, response);
