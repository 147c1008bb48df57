// Route script of the Azure DevOps test double (demo data only): support/adoDouble.ts.
import { updateWorkItem } from './support/adoDouble';

declare var request: RESTAPIRequest;
declare var response: RESTAPIResponse;

updateWorkItem(request, response);
