import HealthApi from '../../health/HealthApi';
new HealthApi().get();
